package se.samverkan.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class NoPersonalIdentityNumberValidator implements ConstraintValidator<NoPersonalIdentityNumber, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return !PersonalIdentityNumbers.containsAny(value);
	}
}
