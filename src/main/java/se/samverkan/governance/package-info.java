/**
 * The agreement's own governance: the groups of the collaboration as users maintain them (members,
 * their party and role, from and to dates), and the steering-group decisions that establish,
 * confirm and reopen situation pictures and action plans. The groups' records belong to the
 * organisation module; this module decides who may change them and who may decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package se.samverkan.governance;
