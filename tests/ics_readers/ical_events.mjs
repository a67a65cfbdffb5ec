// Read an .ics the way Thunderbird does (Mozilla ical.js) and print each VEVENT as JSON:
// {"events": [{"uid", "summary", "is_date", "tzid", "local_start", "utc_start", "utc_end", "status", "alarms"}]}.
// Only the file's own VTIMEZONEs are registered, so a missing one shows up as a floating time, whose
// UTC instant then depends on the TZ of this process (the tests run it under several zones).
// Usage: node ical_events.mjs FILE.ics   (after `npm install --prefix tests/ics_readers ical.js`)
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
const vcal = new ICAL.Component(ICAL.parse(text));  // throws ICAL.parse.ParserError on syntax errors
for (const vtz of vcal.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}
const events = vcal.getAllSubcomponents('vevent').map((ve) => {
  const ev = new ICAL.Event(ve);
  const s = ev.startDate;
  const e = ev.endDate;
  return {
    uid: ev.uid,
    summary: ev.summary,
    is_date: s.isDate,
    tzid: s.zone ? s.zone.tzid : null,
    local_start: s.toString(),
    utc_start: s.isDate ? null : s.toJSDate().toISOString().replace('.000Z', 'Z'),
    utc_end: e.isDate ? null : e.toJSDate().toISOString().replace('.000Z', 'Z'),
    status: ve.getFirstPropertyValue('status'),
    sequence: ev.sequence,
    alarms: ve.getAllSubcomponents('valarm').map((a) => ({
      action: a.getFirstPropertyValue('action'),
      trigger: a.getFirstPropertyValue('trigger').toString(),
      description: a.getFirstPropertyValue('description'),
    })),
  };
});
console.log(JSON.stringify({ method: vcal.getFirstPropertyValue('method'), events }));
