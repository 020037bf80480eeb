package se.samverkan.situation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;


/** A situation picture's figures read for templates (the PDF). */
public record SituationPictureView(List<Map<String, Object>> figures) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@SuppressWarnings("unchecked")
	public static SituationPictureView of(SituationPicture picture) {
		return new SituationPictureView(picture.sections()
			.stream()
			.map(section -> (Map<String, Object>) JSON.readValue(section.figures(), Map.class))
			.toList());
	}
}
