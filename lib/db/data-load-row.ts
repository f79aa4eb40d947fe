import { Column, Entity, PrimaryColumn } from "typeorm";

/** Which version of the data files a database holds: a second start with the same files loads nothing. */
@Entity("data_load")
export class DataLoadRow {
  @PrimaryColumn({ type: "varchar" })
  name: string;

  @Column({ type: "varchar" })
  checksum: string;

  @Column({ name: "loaded_at", type: "varchar" })
  loadedAt: string;
}
