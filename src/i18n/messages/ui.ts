import type { Catalog } from "../catalog";

/** The add-in's own frame: the pane header people see first. */
export const UI_MESSAGES: Catalog = {
  en: {
    "ui.title": "PlanCheck",
    "ui.tagline": "Check a plan before submission: deadlines, responsible bodies, indicators, units and targets.",
  },
  bg: {
    "ui.title": "PlanCheck",
    "ui.tagline": "Проверете плана преди внасяне: срокове, отговорници, индикатори, мерни единици и целеви стойности.",
  },
  pl: {
    "ui.title": "PlanCheck",
    "ui.tagline": "Sprawdź plan przed złożeniem: terminy, odpowiedzialnych, wskaźniki, miary i wartości docelowe.",
  },
  ru: {
    "ui.title": "PlanCheck",
    "ui.tagline": "Проверьте план перед сдачей: сроки, ответственных, показатели, единицы измерения и целевые значения.",
  },
  uk: {
    "ui.title": "PlanCheck",
    "ui.tagline": "Перевірте план перед поданням: строки, відповідальних, показники, одиниці виміру та цільові значення.",
  },
};
