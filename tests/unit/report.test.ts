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

  const report = (extra: Partial<Report> = {}): Report => ({
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
    ...extra,
  });

  it("prints CSV in the release's layout: one header row, the breakdown first with names beside ids, [c] for suppressed, the total, a notes row", () => {
    const csv = toCsv(report());
    const [header, kent, luton, total, notes, end] = csv.split("\n");
    expect(header).toBe(
      "localAuthority,localAuthorityName,referrals,discussedAtPanel,adoptedAsChannelCase,noFurtherAction,signposted,supportedThroughChannel,closedAfterSupport,ddpCaseload,panelRate,adoptionRate,medianDaysToScreeningDecision,medianDaysToFirstPanel",
    );
    expect(kent).toBe("kent,Kent County Council,12,0,0,0,0,0,0,0,0,0,3.5,[c]");
    expect(luton).toBe('luton,"Luton, Borough of",[c],[c],0,0,0,0,0,0,[c],0,3.5,[c]');
    expect(total).toBe("Total,,30,0,0,0,0,0,0,0,0,0,3.5,[c]");
    expect(notes).toBe(
      'Notes,"Period 2018-19 (2018-04-01 to 2019-03-31). [c] suppressed: counts from 1 to 4 (suppression threshold 5), and the cells that would reveal them. [z]: a rate or median over no cases.",,,,,,,,,,,,',
    );
    // Every line has the header's columns (the note is one quoted cell).
    expect(notes!.replace(/"[^"]*"/, "note").split(",")).toHaveLength(header!.split(",").length);
    expect(end).toBe("");
  });

  it("names the filter and says when the numbers are an authority's own, unsuppressed, and provisional", () => {
    // Without a breakdown the API answers one row, the total itself: printed once.
    const own = toCsv(report({ by: [], rows: [row({}, 30)], disclosureControl: "OWN_AUTHORITY", provisional: true, period: "2026-27 Q1", periodStart: "2026-04-01", periodEnd: "2026-06-30" }), {
      typeOfConcern: "ISLAMIST",
      localAuthorityId: "kent",
    });
    expect(own.split("\n")).toEqual([
      "total,referrals,discussedAtPanel,adoptedAsChannelCase,noFurtherAction,signposted,supportedThroughChannel,closedAfterSupport,ddpCaseload,panelRate,adoptionRate,medianDaysToScreeningDecision,medianDaysToFirstPanel",
      "Total,30,0,0,0,0,0,0,0,0,0,3.5,[c]",
      `Notes,"Period 2026-27 Q1 (2026-04-01 to 2026-06-30), provisional: the numbers will change. Not suppressed: your own authority's cases (the published tables suppress counts below 5); do not publish. [z]: a rate or median over no cases. Filter: localAuthorityId=kent; typeOfConcern=ISLAMIST.",,,,,,,,,,,`,
      "",
    ]);
  });

  it("shows an authority in no phase and an unknown age band by name, and [z] for a rate over nothing", () => {
    const csv = toCsv(report({ by: ["ROLLOUT_PHASE", "AGE_BAND"], rows: [row({ rolloutPhase: null, ageBand: null }, 7), row({ rolloutPhase: { id: "pilot-2018", name: "Pilot" }, ageBand: "AGE_11_TO_15" }, 0)] }));
    const lines = csv.split("\n");
    expect(lines[0]).toMatch(/^rolloutPhase,rolloutPhaseName,ageBand,referrals,/);
    expect(lines[1]).toMatch(/^\(none\),,NOT_KNOWN,7,/);
    // No referrals: the panel rate is not applicable, [z], not zero.
    expect(lines[2]).toBe("pilot-2018,Pilot,AGE_11_TO_15,0,0,0,0,0,0,0,0,[z],0,3.5,[c]");
    expect(lines[3]).toMatch(/^Total,,,30,/);
  });
});
