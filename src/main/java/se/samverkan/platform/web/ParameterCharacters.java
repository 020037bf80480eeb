package se.samverkan.platform.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.FieldProblem;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.text.UnstorableCharacters;

/**
 * The one check of request parameters and path variables for characters no text may hold
 * ({@link UnstorableCharacters}), before any controller runs: 400 naming the parameter, as
 * problem details on the API and as the error page on pages. On the API every parameter is
 * checked, query and form alike; on pages the query string and the path, while a page's form
 * fields are checked by the service that keeps them ({@code FieldChecks.text}), so that the person
 * sees the problem beside the field with what they typed still there.
 */
@Configuration(proxyBeanMethods = false)
class ParameterCharacters implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), problems));
		}
		if (ProblemHandler.isApi(request)) {
			request.getParameterMap().forEach((name, values) -> {
				check(name, name, problems);
				for (String value : values) {
					check(name, value, problems);
				}
			});
		}
		else if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				int equals = pair.indexOf('=');
				String name = decode(equals < 0 ? pair : pair.substring(0, equals));
				check(name, name, problems);
				check(name, equals < 0 ? "" : decode(pair.substring(equals + 1)), problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return true;
	}

	private static void check(String name, String value, List<FieldProblem> problems) {
		int index = UnstorableCharacters.indexIn(value);
		if (index >= 0 && problems.stream().noneMatch(problem -> problem.field().equals(name))) {
			problems.add(FieldChecks.unstorable(UnstorableCharacters.removeFrom(name), value, index));
		}
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text; // a broken escape: the parameter's own reading refuses it
		}
	}
}
