package se.samverkan.notification.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.notification.MailDelivery;
import se.samverkan.notification.Notification;
import se.samverkan.notification.NotificationCenter;
import se.samverkan.platform.rules.DomainProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.web.FormValues;
import se.samverkan.platform.web.ProblemMessages;

/** The inbox: notices newest first, opening one marks it read; and the e-mail preference. */
@Controller
class NotificationPages {

	private static final int PAGE = 50;

	private final NotificationCenter center;

	private final MailDelivery mail;

	private final ProblemMessages messages;

	NotificationPages(NotificationCenter center, MailDelivery mail, ProblemMessages messages) {
		this.center = center;
		this.mail = mail;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		int from = Math.max(0, page);
		model.addAttribute("notices", center.inbox(actor, unread, from, PAGE));
		model.addAttribute("total", center.count(actor, unread));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("page", from);
		model.addAttribute("pages", (center.count(actor, unread) + PAGE - 1) / PAGE);
		return "notification/inbox";
	}

	/** Marks the notice read and opens what it is about. */
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id) {
		Notification notice = center.markRead(CurrentActor.get(), id);
		String link = notice.link();
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		int marked = center.markAllRead(CurrentActor.get());
		redirect.addFlashAttribute("notice", messages.of("notification.page.marked", String.valueOf(marked)));
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/preferences")
	String preferences(Model model) {
		var preference = center.preference(CurrentActor.get());
		FormValues form = FormValues.empty()
			.set("email", preference.email())
			.set("emailEnabled", preference.enabled() ? "true" : null)
			.set("version", preference.version());
		return preferencesPage(form, Map.of(), model);
	}

	@PostMapping("/notifications/preferences")
	String setPreferences(@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		FormValues form = new FormValues(values);
		try {
			center.setPreference(CurrentActor.get(), form.text("email"), "true".equals(form.text("emailEnabled")),
					form.integer("version"));
			redirect.addFlashAttribute("notice", messages.of("notification.page.saved"));
			return "redirect:/notifications/preferences";
		}
		catch (InvalidInput invalid) {
			return preferencesPage(form, form.errors(invalid.fieldProblems()), model);
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			model.addAttribute("problem", messages.of(problem));
			return preferencesPage(form, Map.of(), model);
		}
	}

	private String preferencesPage(FormValues form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mailConfigured", mail.enabled());
		return "notification/preferences";
	}
}
