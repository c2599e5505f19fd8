/**
 * Headings that say what a column holds when it is none of PlanCheck's roles: where an event takes
 * place, who takes part, for which classes, at what hour. A header row counts them as labels, and
 * their cells never make the column a role of its own (`Место проведения` over `Малобуяновский ЦСДК`
 * is the place of the event, not its responsible body; a kindergarten's `Група` is the children's
 * group an activity is for, its `Образователно направление` the area of learning). Same phrase rules as the role vocabularies.
 */
export const NO_ROLE_HEADINGS: Readonly<Record<"bg" | "pl" | "ru" | "uk" | "en", readonly string[]>> = {
  bg: ["код", "шифър", "ниво", "тип", "брой", "стая", "зала", "място", "място на провеждане", "място на провеждането", "място на изпълнение", "участници", "целева група", "клас", "класове", "група", "групи", "възрастова група", "образователно направление", "образователни направления"],
  pl: ["kod", "kod budżetowy", "symbol", "poziom", "typ", "liczba", "miejsce", "miejsce realizacji", "miejsce wydarzenia", "uczestnicy", "adresaci", "odbiorcy", "klasa", "klasy", "godzina", "grupa", "grupa wiekowa"],
  ru: ["код", "шифр", "уровень", "тип", "признак", "количество", "место", "место проведения", "место проведение", "участники", "категория участников", "целевая аудитория", "класс", "классы", "группа", "возрастная группа"],
  uk: ["код", "шифр", "рівень", "тип", "ознака", "кількість", "місце", "місце проведення", "місце знаходження", "учасники", "категорія учасників", "цільова аудиторія", "клас", "класи", "година", "група", "вікова група"],
  en: ["code", "ref code", "cost centre", "cost center", "cost code", "budget code", "account code", "level", "type", "priority", "venue", "location", "place", "where", "participants", "audience", "target group", "year group", "class", "classes", "grade", "grades", "needed resources", "resources needed", "resources required"],
};
