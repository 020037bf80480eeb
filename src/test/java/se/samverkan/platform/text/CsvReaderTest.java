package se.samverkan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		var reader = new CsvReader(new StringReader("\uFEFFname,note\nÅrsta,\"holmar, öar\"\n\"Sätra\",\"sa \"\"hej\"\"\nrad två\"\n"));
		var first = reader.nextRecord();
		assertThat(reader.header()).containsExactly("name", "note");
		assertThat(first).containsEntry("name", "Årsta").containsEntry("note", "holmar, öar");
		assertThat(reader.recordLine()).isEqualTo(2);
		var second = reader.nextRecord();
		assertThat(second).containsEntry("name", "Sätra").containsEntry("note", "sa \"hej\"\nrad två");
		assertThat(reader.recordLine()).isEqualTo(3);
		assertThat(reader.nextRecord()).isNull();
	}

	@Test
	void fillsMissingTrailingFieldsWithEmptyText() {
		var reader = new CsvReader(new StringReader("a,b,c\n1,2\n"));
		assertThat(reader.nextRecord()).containsEntry("c", "");
	}
}
