package se.samverkan.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;

import se.samverkan.platform.rules.FieldChecks;
import se.samverkan.platform.rules.InvalidInput;
import se.samverkan.platform.text.UnstorableCharacters;

/**
 * The one check of every JSON request body for characters no text may hold (control characters,
 * non-characters: {@link UnstorableCharacters}), in every string and every property name, before
 * the body is bound. A hit is refused with 400 naming the field by its path ({@code
 * sources[0].name}) and the code {@code invalid-character}, whatever the endpoint, so no text
 * that would break an export or the database gets as far as a service.
 * <p>
 * Bodies bound as a {@link JsonNode} are data files (the police events import), whose services
 * check each text they keep with {@code FieldChecks.text}.
 */
@ControllerAdvice
class JsonBodyCharacters extends RequestBodyAdviceAdapter {

	/** Reads raw control characters too (invalid JSON), so that even they are named by field. */
	private static final JsonFactory SCANNER = JsonFactory.builder()
		.enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
		.build();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType)
				&& !(targetType instanceof Class<?> type && JsonNode.class.isAssignableFrom(type));
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		check(body);
		HttpHeaders headers = input.getHeaders();
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}
		};
	}

	/** Refuses the body when a string or name in it holds an unstorable character. */
	static void check(byte[] body) {
		try (JsonParser parser = SCANNER.createParser(ObjectReadContext.empty(), body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				String text = token == JsonToken.PROPERTY_NAME ? parser.currentName()
						: token == JsonToken.VALUE_STRING ? parser.getString() : null;
				int index = UnstorableCharacters.indexIn(text);
				if (index >= 0) {
					throw new InvalidInput(List.of(FieldChecks.unstorable(path(parser.streamReadContext()), text, index)));
				}
			}
		}
		catch (JacksonException ex) {
			// Not JSON: the converter answers that with its own 400.
		}
	}

	/** The field as the API names fields: {@code sources[0].name}; {@code body} for the whole. */
	static String path(TokenStreamContext context) {
		Deque<String> parts = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.currentName() != null) {
				parts.push("." + at.currentName());
			}
		}
		String path = String.join("", parts);
		path = path.startsWith(".") ? path.substring(1) : path;
		return path.isEmpty() ? "body" : path;
	}
}
