package se.samverkan.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.DomainProblem;

/**
 * Turns every refusal into RFC 9457 problem details on the API and into the error page for
 * browsers. Client mistakes of any shape end as 4xx: a 5xx means a defect of ours.
 */
@ControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final MessageSource messages;

	ProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainProblem.class)
	ResponseEntity<Object> domainProblem(DomainProblem problem, WebRequest request) {
		ProblemDetail body = problem(HttpStatuses.of(problem.refusal()), text(problem.messageKey(), problem.arguments()));
		if (!problem.fieldProblems().isEmpty()) {
			body.setProperty("errors", problem.fieldProblems());
		}
		problem.properties().forEach(body::setProperty);
		return respond(body, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, text("samverkan.problem.forbidden")), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
		return respond(problem(HttpStatus.CONFLICT, text("samverkan.problem.version-conflict", "")), request);
	}

	/**
	 * A value the database refuses: a duplicate (two saves racing past the service's check) is a
	 * conflict; a number or date out of range, or another broken rule, is bad input.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<Object> refusedByDatabase(org.springframework.dao.DataIntegrityViolationException ex,
			WebRequest request) {
		String state = ex.getMostSpecificCause() instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
		if ("23505".equals(state)) {
			return respond(problem(HttpStatus.CONFLICT, text("samverkan.problem.duplicate")), request);
		}
		log.info("Input refused by the database: {}", ex.getMostSpecificCause().getMessage());
		return respond(problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.out-of-range")), request);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, IllegalArgumentException.class,
			ConstraintViolationException.class, java.time.DateTimeException.class, ArithmeticException.class })
	ResponseEntity<Object> badArgument(Exception ex, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : null;
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.invalid-input"));
		if (field != null) {
			body.setProperty("errors", List.of(new FieldProblem(field, "invalid", text("samverkan.validation.invalid"))));
		}
		return respond(body, request);
	}

	/** A query or form that is not valid UTF-8 (an encoded lone surrogate, say): the container cannot read it. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Object> unreadableParameters(Exception ex, WebRequest request) {
		return respond(problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.unreadable")), request);
	}

	@ExceptionHandler(PayloadTooLarge.class)
	ResponseEntity<Object> tooLarge(PayloadTooLarge ex, WebRequest request) {
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, text("samverkan.problem.too-large", ex.limit())), request);
	}

	/** The browser went away mid-response (a navigation, a closed tab): nothing to answer. */
	@ExceptionHandler(org.apache.catalina.connector.ClientAbortException.class)
	ResponseEntity<Object> clientGone(Exception ex) {
		log.debug("Client aborted the response", ex);
		return null;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure on {}", request.getDescription(false), ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("samverkan.problem.unexpected")), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return respond(invalid(ex.getBindingResult()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> problems.add(new FieldProblem(result.getMethodParameter().getParameterName(),
					ValidationCodes.of(error.getCodes()), text(error)))));
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.invalid-input"));
		body.setProperty("errors", problems);
		return respond(body, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, PayloadTooLarge.class) instanceof PayloadTooLarge tooLarge) {
			return tooLarge(tooLarge, request);
		}
		return UnreadableField.of(ex).map(field -> {
			ProblemDetail body = problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.invalid-input"));
			body.setProperty("errors",
					List.of(new FieldProblem(field.field(), field.code(), text(field.expected(), field.arguments()))));
			return respond(body, request);
		}).orElseGet(() -> respond(problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.unreadable")), request));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail detail ? detail
				: problem(statusCode, ex.getMessage() == null ? "" : ex.getMessage());
		return respond(problem, request);
	}

	private ProblemDetail invalid(BindingResult result) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), ValidationCodes.of(error.getCodes()), text(error)));
		}
		result.getGlobalErrors()
			.forEach(error -> problems.add(new FieldProblem(error.getObjectName(), ValidationCodes.of(error.getCodes()), text(error))));
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, text("samverkan.problem.invalid-input"));
		body.setProperty("errors", problems);
		return body;
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		body.setTitle(known != null ? known.getReasonPhrase() : "Error");
		body.setType(URI.create("about:blank"));
		return body;
	}

	/**
	 * API callers get the problem as JSON; a browser gets the error page for the same status
	 * (sendError hands the request to Spring Boot's error view).
	 */
	private ResponseEntity<Object> respond(ProblemDetail body, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servletRequest != null && !isApi(servletRequest)) {
			HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
			if (response != null && !response.isCommitted()) {
				try {
					servletRequest.setAttribute("samverkan.problem", body.getDetail());
					response.sendError(body.getStatus());
					return null;
				}
				catch (IOException ex) {
					log.debug("Could not send the error page", ex);
				}
			}
		}
		return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** The API, or a page endpoint that answers data, not a page (the observation form's place lookup, say). */
	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")
				|| request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
					instanceof org.springframework.web.method.HandlerMethod handler
						&& (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
								|| org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(
										handler.getBeanType(), org.springframework.web.bind.annotation.ResponseBody.class));
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, key, locale);
	}

	private String text(org.springframework.context.MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	private static Throwable causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		return null;
	}
}
