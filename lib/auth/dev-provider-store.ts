import type { Adapter, AdapterPayload } from "oidc-provider";

/**
 * In-memory storage for one development provider (its sessions, codes, tokens, grants), lost when it
 * stops. oidc-provider's own memory adapter is shared by every provider in the process and warns at
 * each start; this one belongs to one provider, so tests can run several side by side.
 */
interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** A sweep of expired entries every this many writes keeps a long-running dev provider small. */
const SWEEP_EVERY_WRITES = 500;

export function memoryAdapter(): new (model: string) => Adapter {
  const models = new Map<string, Map<string, Entry>>();
  let writes = 0;

  const entriesOf = (model: string): Map<string, Entry> => {
    let entries = models.get(model);
    if (!entries) models.set(model, (entries = new Map()));
    return entries;
  };

  const sweep = (now: number): void => {
    for (const entries of models.values()) for (const [id, entry] of entries) if (entry.expiresAt <= now) entries.delete(id);
  };

  return class MemoryAdapter implements Adapter {
    private readonly entries: Map<string, Entry>;

    constructor(model: string) {
      this.entries = entriesOf(model);
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const now = Date.now();
      if (++writes % SWEEP_EVERY_WRITES === 0) sweep(now);
      this.entries.set(id, { payload, expiresAt: now + expiresIn * 1000 });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      const entry = this.entries.get(id);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        this.entries.delete(id);
        return undefined;
      }
      return entry.payload;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findBy((payload) => payload.uid === uid);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findBy((payload) => payload.userCode === userCode);
    }

    async consume(id: string): Promise<void> {
      const payload = await this.find(id);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      this.entries.delete(id);
    }

    /** Revoking a grant removes everything issued under it, whatever its model. */
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const entries of models.values()) for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
    }

    private async findBy(matches: (payload: AdapterPayload) => boolean): Promise<AdapterPayload | undefined> {
      for (const [id, entry] of this.entries) if (matches(entry.payload)) return this.find(id);
      return undefined;
    }
  };
}
