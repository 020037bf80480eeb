/**
 * Local action plans (åtgärdsplaner) per district and year and the city-wide handlingsplan per
 * year: goals with measurable targets, activities with every field the agreement names (what, how,
 * how it is followed up, who is responsible, the timetable), countable commitments, progress
 * updates, establishing by the steering group, the timeline and the golden thread from priority
 * area to problem, cause, activity, goal and indicator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package se.samverkan.planning;
