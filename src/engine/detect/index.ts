export { roleOfHeader } from "./role-matcher";
export type { RoleSource } from "./content-roles";
