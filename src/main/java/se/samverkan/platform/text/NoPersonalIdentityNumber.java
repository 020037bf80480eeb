package se.samverkan.platform.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text that must not contain a Swedish personal identity or coordination number. The API
 * reports a violation with the code {@code personal-identity-number}.
 */
@Documented
@Constraint(validatedBy = NoPersonalIdentityNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalIdentityNumber {

	String CODE = "personal-identity-number";

	String message() default "{samverkan.validation.personal-identity-number}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
