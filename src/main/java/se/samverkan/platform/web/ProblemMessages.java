package se.samverkan.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.samverkan.platform.rules.DomainProblem;

/** The user's-language text of a refusal, for pages that show it next to the form. */
@Component
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String of(DomainProblem problem) {
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

	public String of(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/**
	 * Runs a workflow step of a page (sign, approve, publish) and leaves its outcome for the page the
	 * user is sent back to: the notice, or the refusal when it shows beside the form. Other refusals
	 * (not allowed, not found) go on to the error page.
	 */
	public void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String noticeKey,
			Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", of(noticeKey));
		}
		catch (DomainProblem problem) {
			if (!problem.showsInForm()) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", of(problem));
		}
	}
}
