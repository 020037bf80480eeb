package se.samverkan.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader writes them: "1 234,5" in Swedish, "1,234.5" in English, with as many
 * decimals as the figure has (at least none, at most six). Templates call it as
 * {@code ${@numberText.of(value)}}; a missing figure is "–".
 */
@Component("numberText")
public class NumberText {

	public String of(Object value) {
		if (value == null) {
			return "–";
		}
		BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
		return format(number, LocaleContextHolder.getLocale());
	}

	public static String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return "–";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols
			.getInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("sv-SE"));
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		format.setMaximumFractionDigits(Math.max(0, Math.min(6, value.stripTrailingZeros().scale())));
		return format.format(value);
	}
}
