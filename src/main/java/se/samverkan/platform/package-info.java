/**
 * Technical ground every module stands on: the embedded database, problem details, the guard
 * against personal identity numbers, request limits, locale and the start page's attention hook.
 * It knows nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.samverkan.platform;
