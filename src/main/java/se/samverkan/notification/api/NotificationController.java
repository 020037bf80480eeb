package se.samverkan.notification.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.identity.Actor;
import se.samverkan.identity.CurrentActor;
import se.samverkan.notification.MailPreference;
import se.samverkan.notification.Notification;
import se.samverkan.notification.NotificationCenter;
import se.samverkan.platform.web.PageOf;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

	private final NotificationCenter center;

	private final MessageSource messages;

	NotificationController(NotificationCenter center, MessageSource messages) {
		this.center = center;
		this.messages = messages;
	}

	record NotificationResponse(UUID id, String type, String text, String link, OffsetDateTime createdAt, boolean read) {
	}

	record ReadAll(int marked) {
	}

	record PreferenceRequest(String email, Boolean emailEnabled, Integer version) {
	}

	record PreferenceResponse(String email, boolean emailEnabled, int version) {

		static PreferenceResponse of(MailPreference preference) {
			return new PreferenceResponse(preference.email(), preference.enabled(), preference.version());
		}
	}

	@Operation(summary = "The caller's notifications, newest first", description = "unread=true: only the unread. The text is in the caller's language.")
	@GetMapping
	PageOf<NotificationResponse> list(@RequestParam(required = false) Boolean unread,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Actor actor = CurrentActor.get();
		int checked = PageOf.checkedSize(size);
		int from = Math.max(page, 0);
		boolean onlyUnread = Boolean.TRUE.equals(unread);
		List<NotificationResponse> items = center.inbox(actor, onlyUnread, from, checked).stream().map(this::response).toList();
		return new PageOf<>(items, from, checked, center.count(actor, onlyUnread));
	}

	@PostMapping("/{id}/read")
	NotificationResponse read(@PathVariable UUID id) {
		return response(center.markRead(CurrentActor.get(), id));
	}

	@PostMapping("/read-all")
	ReadAll readAll() {
		return new ReadAll(center.markAllRead(CurrentActor.get()));
	}

	@Operation(summary = "Whether the caller's notifications also go out by e-mail, and where")
	@GetMapping("/preferences")
	PreferenceResponse preference() {
		return PreferenceResponse.of(center.preference(CurrentActor.get()));
	}

	@PutMapping("/preferences")
	PreferenceResponse setPreference(@RequestBody(required = false) PreferenceRequest request) {
		PreferenceRequest body = request == null ? new PreferenceRequest(null, null, null) : request;
		return PreferenceResponse.of(center.setPreference(CurrentActor.get(), body.email(), body.emailEnabled(), body.version()));
	}

	private NotificationResponse response(Notification notification) {
		Locale locale = LocaleContextHolder.getLocale();
		String text = messages.getMessage(notification.messageKey(), notification.arguments().toArray(),
				notification.messageKey(), locale);
		return new NotificationResponse(notification.id(), notification.type().name(), text, notification.link(),
				notification.createdAt(), notification.read());
	}
}
