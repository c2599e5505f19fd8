import type { Catalog } from "../catalog";
import { ROLE_MESSAGES } from "./roles";

/** Each domain keeps its own messages file; list them here. */
export const ALL_CATALOGS: Catalog[] = [ROLE_MESSAGES];
