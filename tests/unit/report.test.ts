import { parseReportArgs, ReportUsageError, toCsv, type Report, type ReportRow } from "../../platform/report";

const count = (value: number | null) => ({ value, suppressed: value === null });

function row(extra: Partial<ReportRow>, referrals: number | null): ReportRow {
  return {
    localAuthority: null,
    rolloutPhase: null,
    region: null,
    referringSector: null,
    typeOfConcern: null,
    ageBand: null,
    gender: null,
    referrals: count(referrals),
    discussedAtPanel: count(referrals === null ? null : 0),
    adoptedAsChannelCase: count(0),
    noFurtherAction: count(0),
    signposted: count(0),
    supportedThroughChannel: count(0),
    closedAfterSupport: count(0),
    ddpCaseload: count(0),
    panelRate: referrals === null ? { value: null, suppressed: true } : { value: referrals ? 0 : null, suppressed: false },
    adoptionRate: { value: 0, suppressed: false },
    medianDaysToScreeningDecision: { days: 3.5, suppressed: false },
    medianDaysToFirstPanel: { days: null, suppressed: true },
    ...extra,
  };
}

describe("npm run report", () => {
  it("reads the issue's command line", () => {
    expect(parseReportArgs(["--period", "2018-19", "--by", "region,typeOfConcern", "--format", "json"])).toEqual({
      period: "2018-19",
      by: ["region", "typeOfConcern"],
      filter: {},
      format: "json",
    });
    expect(parseReportArgs(["--period", "2018-19 Q2", "--filter", "region=LONDON", "--token", "t"])).toMatchObject({ filter: { region: "LONDON" }, token: "t", format: "csv" });
  });

  it("reads the 2024/25 release's breakdowns by their field names", () => {
    expect(parseReportArgs(["--period", "2024-25", "--by", "ethnicity"]).by).toEqual(["ethnicity"]);
    expect(parseReportArgs(["--period", "2024-25", "--by", "region,consentToSupport", "--filter", "mentalHealthConcern=YES"])).toMatchObject({
      by: ["region", "consentToSupport"],
      filter: { mentalHealthConcern: "YES" },
    });
  });

  it.each([
    [["--by", "region"], "--period is required"],
    [["--period"], "--period needs a value"],
    [["--period", "2018-19", "--by", "county"], "unknown dimension"],
    [["--period", "2018-19", "--format", "xml"], "csv or json"],
    [["--period", "2018-19", "--filter", "county=Kent"], "--filter takes name=VALUE"],
    [["--period", "2018-19", "--verbose", "yes"], "unknown option --verbose"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseReportArgs(argv)).toThrow(ReportUsageError);
    expect(() => parseReportArgs(argv)).toThrow(message);
  });

  it("prints CSV with [c] for suppressed cells, names beside ids, and the total last", () => {
    const report: Report = {
      period: "2018-19",
      periodStart: "2018-04-01",
      periodEnd: "2019-03-31",
      provisional: false,
      by: ["LOCAL_AUTHORITY"],
      disclosureControl: "SUPPRESSED",
      suppressionThreshold: 5,
      computedAt: "2026-11-24T00:00:00.000Z",
      rows: [row({ localAuthority: { id: "kent", name: "Kent County Council" } }, 12), row({ localAuthority: { id: "luton", name: "Luton, Borough of" } }, null)],
      total: row({}, 30),
    };
    const [header, kent, luton, total, end] = toCsv(report).split("\n");
    expect(header).toBe(
      "period,localAuthority,localAuthorityName,referrals,discussedAtPanel,adoptedAsChannelCase,noFurtherAction,signposted,supportedThroughChannel,closedAfterSupport,ddpCaseload,panelRate,adoptionRate,medianDaysToScreeningDecision,medianDaysToFirstPanel",
    );
    expect(kent).toBe("2018-19,kent,Kent County Council,12,0,0,0,0,0,0,0,0,0,3.5,[c]");
    expect(luton).toBe('2018-19,luton,"Luton, Borough of",[c],[c],0,0,0,0,0,0,[c],0,3.5,[c]');
    expect(total).toBe("2018-19,Total,,30,0,0,0,0,0,0,0,0,0,3.5,[c]");
    expect(end).toBe("");
  });
});
