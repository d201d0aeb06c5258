import { filterText, statisticsCsv, statisticsFileName, trendCsv, valueText, type CsvReport, type CsvRow, type CsvTrendPoint } from "../../common/statistics-csv";

const n = (value: number | null) => ({ value, suppressed: value === null });

function row(extra: Partial<CsvRow>, referrals: number | null): CsvRow {
  return {
    referrals: n(referrals),
    discussedAtPanel: n(0),
    adoptedAsChannelCase: n(0),
    noFurtherAction: n(0),
    signposted: n(0),
    supportedThroughChannel: n(0),
    closedAfterSupport: n(0),
    ddpCaseload: n(0),
    panelRate: { value: 0.25, suppressed: false },
    adoptionRate: { value: null, suppressed: false },
    medianDaysToScreeningDecision: { days: 11, suppressed: false },
    medianDaysToFirstPanel: { days: null, suppressed: true },
    ...extra,
  };
}

const report = (extra: Partial<CsvReport>): CsvReport => ({
  period: "2019-20",
  periodStart: "2019-04-01",
  periodEnd: "2020-03-31",
  provisional: false,
  by: [],
  disclosureControl: "SUPPRESSED",
  suppressionThreshold: 5,
  total: row({}, 40),
  rows: [],
  ...extra,
});

describe("the statistics CSV (npm run report and the web app's download)", () => {
  it("shows [c] for suppressed, [z] for nothing to divide by, the API's number otherwise, never a zero for a suppressed cell", () => {
    expect(valueText({ value: null, suppressed: true })).toBe("[c]");
    expect(valueText({ days: null, suppressed: true })).toBe("[c]");
    expect(valueText({ value: null, suppressed: false })).toBe("[z]");
    expect(valueText({ value: 0, suppressed: false })).toBe("0");
    expect(valueText({ value: 0.3717, suppressed: false })).toBe("0.3717");
    expect(valueText({ days: 11.5, suppressed: false })).toBe("11.5");
  });

  it("puts two breakdowns first, in the order asked, with the total's other breakdown columns blank", () => {
    const csv = statisticsCsv(
      report({
        by: ["REGION", "ETHNICITY"],
        rows: [row({ region: "LONDON", ethnicity: "WHITE" }, 12), row({ region: "LONDON", ethnicity: "NOT_KNOWN" }, null)],
      }),
    );
    const lines = csv.split("\n");
    expect(lines[0]!.startsWith("region,ethnicity,referrals,")).toBe(true);
    expect(lines[1]).toBe("LONDON,WHITE,12,0,0,0,0,0,0,0,0.25,[z],11,[c]");
    expect(lines[2]).toBe("LONDON,NOT_KNOWN,[c],0,0,0,0,0,0,0,0.25,[z],11,[c]");
    expect(lines[3]).toBe("Total,,40,0,0,0,0,0,0,0,0.25,[z],11,[c]");
    expect(lines[4]!.startsWith('Notes,"Period 2019-20 (2019-04-01 to 2020-03-31).')).toBe(true);
    expect(lines[5]).toBe("");
    expect(() => statisticsCsv(report({ by: ["COUNTY"] }))).toThrow("unknown dimension COUNTY");
  });

  it("quotes names with commas and quotes", () => {
    const csv = statisticsCsv(report({ by: ["LOCAL_AUTHORITY"], rows: [row({ localAuthority: { id: "x", name: 'Borough of "X", the' } }, 7)] }));
    expect(csv.split("\n")[1]).toBe('x,"Borough of ""X"", the",7,0,0,0,0,0,0,0,0.25,[z],11,[c]');
  });

  it("names the filter in one order whatever order it came in", () => {
    expect(filterText({ typeOfConcern: "ISLAMIST", region: "LONDON", gender: null })).toBe("region=LONDON; typeOfConcern=ISLAMIST");
    const a = statisticsCsv(report({}), { typeOfConcern: "ISLAMIST", region: "LONDON" });
    const b = statisticsCsv(report({}), { region: "LONDON", typeOfConcern: "ISLAMIST" });
    expect(a).toBe(b);
    expect(a).toContain("Filter: region=LONDON; typeOfConcern=ISLAMIST.");
  });

  it("prints the years' totals, the period first, the current year marked provisional", () => {
    const point = (period: string, referrals: number | null, provisional = false): CsvTrendPoint => ({
      period,
      provisional,
      disclosureControl: "SUPPRESSED",
      suppressionThreshold: 5,
      total: row({}, referrals),
    });
    const csv = trendCsv([point("2018-19", 120), point("2019-20", null), point("2026-27", 9, true)], { localAuthorityId: "luton" });
    expect(csv.split("\n")).toEqual([
      "period,referrals,discussedAtPanel,adoptedAsChannelCase,noFurtherAction,signposted,supportedThroughChannel,closedAfterSupport,ddpCaseload",
      "2018-19,120,0,0,0,0,0,0,0",
      "2019-20,[c],0,0,0,0,0,0,0",
      "2026-27 (provisional),9,0,0,0,0,0,0,0",
      `Notes,"Periods 2018-19 to 2026-27, each financial year's total. [c] suppressed: counts from 1 to 4 (suppression threshold 5), and the cells that would reveal them. Filter: localAuthorityId=luton.",,,,,,,`,
      "",
    ]);
  });

  it("names the download after the period, the breakdown and the filter", () => {
    expect(statisticsFileName("2019-20 Q2", ["REGION", "TYPE_OF_CONCERN"], { localAuthorityId: "kirklees" })).toBe("prevent-statistics-2019-20-Q2-by-region-typeOfConcern-localAuthorityId-kirklees.csv");
    expect(statisticsFileName("2019-20", [])).toBe("prevent-statistics-2019-20.csv");
  });
});
