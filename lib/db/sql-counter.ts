import type { Logger } from "typeorm";

/**
 * Counts the SQL statements a data source runs, so tests and benchmarks can prove that a query
 * costs one statement per level however many items it returns. Logs nothing unless SQL_LOG is set.
 */
export class SqlCounter implements Logger {
  statements = 0;
  constructor(private readonly echo: boolean = false) {}

  logQuery(query: string): void {
    // Transaction bookkeeping is not a data access; count only real statements.
    if (/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.statements += 1;
    if (this.echo) process.stderr.write(`[sql] ${query}\n`);
  }
  logQueryError(error: string | Error, query: string): void {
    process.stderr.write(`[sql error] ${String(error)} in ${query}\n`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.echo) process.stderr.write(`[migration] ${message}\n`);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") process.stderr.write(`[typeorm] ${String(message)}\n`);
  }
}
