/**
 * The situation picture (lägesbild): what field actors observe every week, places, the district
 * overview with its map and hotspots, the police's public events, and the situation picture per
 * district and period with one section per priority area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situation")
package se.samverkan.situation;
