// Why an import refuses a file, a column or a row, or warns about one: a stable `code` with its
// `params`, and the same reason worded in English as `message` for API users and logs. The web app
// words the code in the user's language (web/import/reasons.ts); its translation tables are typed
// by REASON_CODES, so a code without a Swedish or English wording fails the type check, and
// test/integration/import-reasons.test.ts checks that every code a real import gives is listed
// here. Params hold what the user wrote (quoted) and the words Grannkoll accepts, never internal
// value names such as `info_session`. Pure.

/** Every code, with its English wording; `{name}` is replaced by the param of that name. */
export const REASON_MESSAGES = {
  // The file as a whole.
  file_empty: "the file is empty",
  no_rows: "the file has a header but no rows to import",
  not_csv: "the file cannot be read as CSV: {detail}",
  too_many_rows: "more than {max} rows: split the file",
  too_many_cells: "more than {max} cells: split the file",
  no_file: "send the file in a form field named 'file'",
  geojson_visits_only: "GeoJSON is imported for visits only: send a CSV or .xlsx file",
  geojson_file: "{detail}",
  xlsx_unreadable: "the file cannot be read as an Excel workbook (.xlsx)",
  xlsx_too_large: "the workbook unpacks to more than {max} MB: split it or save it as CSV",
  xlsx_old_format: "an old Excel file (.xls): save it as .xlsx or CSV first",
  // The header row.
  unknown_column: "unknown column: choose what it holds, or ignore it",
  second_column: "a second column for {column}",
  missing_column: "required column is missing: {column}",
  give_area_or_point: "give an area column, or lon and lat columns",
  // A cell or a row.
  empty: "is empty",
  not_date: "{value} is not a date: write YYYY-MM-DD, D/M/YYYY or D.M.YYYY",
  not_number: "{value} is not a number",
  not_whole_number: "{value} is not a whole number",
  not_one_of: "{value} is not one of: {accepted}",
  no_area: "no area with id or name {value}",
  at_least: "must be at least {min}",
  at_most: "must be at most {max}",
  too_long: "may be at most {max} characters",
  not_email: "must be an e-mail address",
  not_phone: "must be a phone number: digits, spaces, +, - and ()",
  repeated_value: "lists a value more than once",
  before_start: "must not be before the group's start date",
  both_lon_lat: "give both lon and lat, or neither",
  give_place: "give an area, or a point (lon and lat)",
  give_kind: "give the kind of visit: {accepted}",
  outside_areas: "the point ({point}) lies in none of the areas",
  far_outside: "the point ({point}) lies {km} km outside the kommun: check the coordinates",
  sweref: "{value} looks like SWEREF 99 TM metres: give WGS 84 degrees (e.g. 13.2, 55.64)",
  swapped: "{value}: latitude and longitude seem swapped",
  not_coordinate: "{value} is not a WGS 84 coordinate",
  route_outside: "the route passes through none of the areas",
  other_kommun: "{area} lies in kommun {kommun}, which you do not work for",
  geometry_not_place:
    "a {type} is not a place: use a Point (a session or meeting) or a LineString (a walk's route)",
  bad_coordinates: "the {type}'s coordinates are not [x, y] numbers",
  place_is_geometry: "the place is the feature's geometry: remove this property",
  not_for_kind: "not used for {kind}",
  walk_kits: "a safety walk has no märk-DNA kits: record them under märk-DNA outside sessions",
  kind_topic_conflict: "the kind says the topic is {topic}, the topic column says {other}",
  cell_count: "has {cells} cells, the header has {columns}",
  other: "{detail}",
  // A presence log's own (server/presence/): its columns, times, place and repeats.
  unknown_column_listed: "unknown column; known columns: {accepted}",
  give_area_point_or_route: "give area_id, lon and lat, or route",
  not_iso_date: "{value} is not a date: write YYYY-MM-DD",
  not_date_time: "must be a date and time such as 2019-02-15 21:30 or 2019-02-15T21:30:00+01:00",
  not_real_date: "{value} is not a real date",
  year_range: "must be in the years {min}–{max}",
  not_time_of_day: "{value} is not a valid time of day",
  time_skipped: "{value} does not exist in Swedish time (clocks go forward at 02:00)",
  time_twice:
    "{value} happens twice in Swedish time (clocks go back at 03:00): add the offset, +02:00 or +01:00",
  not_utc_offset: "the offset {value} is not a real UTC offset",
  ends_after_start: "must be after starts_at",
  presence_too_long: "a presence may last at most {hours} hours; split longer ones",
  not_route: "must be LINESTRING(lon lat, lon lat, …) in WGS 84 degrees with 2 to {max} points",
  no_area_id: "no area with id {value}",
  far_from_areas: "lies farther than {radius} m from every area",
  already_stored: "is already stored as presence {id}",
  repeats_line: "repeats line {line}",
  // Warnings: the row is imported, and the preview says how it was read.
  point_in_other_area: "the point lies in {found}, not in {named}",
  point_in_no_area: "the point lies in none of the areas; {named} is used",
  organiser_as_others: "{value} is counted as other organisers (andra aktörer)",
} as const;

export type ReasonCode = keyof typeof REASON_MESSAGES;
export const REASON_CODES = Object.keys(REASON_MESSAGES) as ReasonCode[];
export type ReasonParams = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  params: ReasonParams;
  /** The reason in English. */
  message: string;
}

/** A reason from its code and params, worded in English. */
export function reason(code: ReasonCode, params: ReasonParams = {}): Reason {
  const message = REASON_MESSAGES[code].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
  return { code, params, message };
}

/** Why a row, a column (line 1) or the file (line 0 or 1, field "(file)") cannot be imported. */
export interface RowError extends Reason {
  line: number;
  /** The column as the file names it; "(file)", "(row)" or "geometry" otherwise. */
  field: string;
}

export const rowError = (line: number, field: string, r: Reason): RowError => ({
  line,
  field,
  code: r.code,
  params: r.params,
  message: r.message,
});
