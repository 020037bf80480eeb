package se.samverkan.shell;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.samverkan.identity.CurrentActor;

/** Puts the signed-in user and the menu on every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellAdvice {

	private final Navigation navigation;

	private final se.samverkan.notification.NotificationCenter notifications;

	ShellAdvice(Navigation navigation, se.samverkan.notification.NotificationCenter notifications) {
		this.navigation = navigation;
		this.notifications = notifications;
	}

	@ModelAttribute
	void shell(Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		CurrentActor.find().ifPresentOrElse(actor -> {
			model.addAttribute("actor", actor);
			model.addAttribute("navigation", navigation.entriesFor(actor));
			model.addAttribute("unreadNotifications", notifications.unreadCount(actor.username()));
		}, () -> model.addAttribute("navigation", List.of()));
	}
}
