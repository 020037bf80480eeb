package se.samverkan.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English second: pages are Swedish until the user follows the language link
 * ({@code ?lang=en}), and the choice is kept in a cookie; API callers may send Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/** The language cookie is Secure wherever the session cookie is (the {@code prod} profile). */
	@Bean
	LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		var resolver = new CookieLocaleResolver("samverkan-lang");
		resolver.setDefaultLocale(SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		// Pages are Swedish until the user chooses English; API callers may ask with Accept-Language.
		resolver.setDefaultLocaleFunction(request -> {
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			return api && request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
					? Locale.ENGLISH : SWEDISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
