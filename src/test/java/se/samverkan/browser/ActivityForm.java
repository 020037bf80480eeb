package se.samverkan.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A new plan for the year with the activity form filled in for one activity (not yet saved). */
final class ActivityForm {

	private ActivityForm() {
	}

	static void newPlanWithActivityFilledIn(Page page, int year) {
		page.navigate("/plans");
		page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).last().fill(String.valueOf(year));
		click(page, "Skapa planen", AriaRole.BUTTON);
		click(page, "Ny aktivitet", AriaRole.LINK);
		page.getByLabel("Rubrik").fill("Trygghetsvandringar");
		page.getByLabel("Vad som ska göras").fill("Trygghetsvandringar med boende");
		page.getByLabel("Hur det ska genomföras").fill("En vandring i månaden");
		page.getByLabel("Hur det följs upp").fill("Antal vandringar");
		page.getByLabel("Staden").check();
		page.getByLabel("Startdatum").fill(year + "-02-01");
		page.getByLabel("Slutdatum").fill(year + "-11-30");
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Prioriterade områden"))
			.getByLabel("Otrygga och brottsutsatta platser")
			.check();
		page.getByLabel("Selektiv (för utpekade grupper)").check();
		page.getByLabel("Social prevention").check();
		page.getByLabel("Långsiktig").check();
	}

	private static void click(Page page, String name, AriaRole role) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
