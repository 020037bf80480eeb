/**
 * Follow-up (uppföljning): reports per action plan and period (tertial 1, tertial 2, the year)
 * generated from the live plan and frozen when submitted to the local steering group and the
 * beredningsgrupp, who acknowledge or return them; the yearly compilation (årssammanställning) of
 * every district's and the city-wide plan's results, with next year's city-wide plan and the
 * districts' carry-overs; the reporting status of law 2023:196 at a glance; and the exports
 * people take to meetings (PDF, XLSX, CSV).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package se.samverkan.followup;
