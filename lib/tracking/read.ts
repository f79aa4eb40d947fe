import type { DataSource } from "typeorm";
import { requireRole, Role, type Identity } from "../auth/identity";
import { page } from "./connection";
import { AuditEntryConnection, AuditEntryEntity } from "./model";

/** A page of a subgraph's audit log, newest first: for ADMINs only. */
export async function auditLogPage(identity: Identity | null, dataSource: DataSource, first: number | null, after: string | null): Promise<AuditEntryConnection> {
  requireRole(identity, Role.ADMIN, "Reading the audit log");
  const entries = await dataSource.manager.find(AuditEntryEntity, { order: { sequence: "DESC" } });
  return page(entries, (entry) => entry.sequence, first, after);
}
