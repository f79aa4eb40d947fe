import { parse } from "csv-parse/sync";
import { comparisonCsv, CSV_COLUMNS } from "../../lib/comparison/csv";

/** The comparison download, byte for byte: RFC 4180 quoting only where a cell needs it, "\n" after each record. */
it("writes the DfE columns, quoting a cell with a comma or a quote, and reads back as written", () => {
  const council = {
    geography: { code: "E06000063", name: 'Cumberland, "new"', laCode: "942" },
    region: { code: "E12000002", name: "North West" },
    series: [{ timePeriod: "2024", timeIdentifier: "Financial year", council: { value: 61.5, status: "OK" }, region: null, england: { value: null, status: "SUPPRESSED" } }],
  };
  const csv = comparisonCsv("cared-for-children", [{ ...council, region: { ...council.region, laCode: null } }]);
  expect(csv).toBe(
    [`${CSV_COLUMNS.join(",")},cared_for_children`, "2024,Financial year,National,E92000001,England,,,,,,c", '2024,Financial year,Local authority,E92000001,England,E12000002,North West,E06000063,942,"Cumberland, ""new""",61.5', ""].join(
      "\n",
    ),
  );
  expect((parse(csv, { columns: true }) as Array<Record<string, string>>)[1].la_name).toBe('Cumberland, "new"');
});
