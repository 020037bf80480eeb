package se.samverkan.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.samverkan.planning.ActivityStatus;
import se.samverkan.platform.documents.BarChart;
import se.samverkan.platform.documents.Document;
import se.samverkan.platform.documents.Table;

/**
 * The follow-up charts, drawn once for the pages and the documents: activities by status (one bar
 * per status), and the districts compared (one bar per district, split by status). Each comes with
 * its figures as a table.
 */
public final class FollowupCharts {

	/** One colour per status, distinguishable and named in the legend. */
	static final Map<String, String> COLOURS = Map.of("PLANNED", "#8c9aa8", "ONGOING", "#00539f", "DONE", "#2e7d32",
			"POSTPONED", "#b36b00", "CANCELLED", "#6d2c3f");

	private FollowupCharts() {
	}

	public static Document.Chart byStatus(Map<String, Integer> counts, String title, String statusHeading,
			String countHeading, Function<String, String> label) {
		List<BarChart.Bar> bars = new ArrayList<>();
		Table.Builder table = Table.of(title, Table.text(statusHeading), Table.integer(countHeading));
		for (ActivityStatus status : ActivityStatus.values()) {
			int count = counts.getOrDefault(status.name(), 0);
			bars.add(new BarChart.Bar(label.apply(status.name()),
					List.of(new BarChart.Segment(label.apply(status.name()), count, COLOURS.get(status.name())))));
			table.row(label.apply(status.name()), count);
		}
		return new Document.Chart(BarChart.svg(title, bars), table.build());
	}

	public static Document.Chart districts(CompilationContent content, String title, String districtHeading,
			Function<String, String> label) {
		List<Table.Column> columns = new ArrayList<>();
		columns.add(Table.text(districtHeading));
		for (ActivityStatus status : ActivityStatus.values()) {
			columns.add(Table.integer(label.apply(status.name())));
		}
		List<List<Object>> rows = new ArrayList<>();
		List<BarChart.Bar> bars = new ArrayList<>();
		for (CompilationContent.DistrictResult district : content.districts()) {
			List<BarChart.Segment> segments = new ArrayList<>();
			List<Object> row = new ArrayList<>();
			row.add(district.districtName());
			for (ActivityStatus status : ActivityStatus.values()) {
				int count = district.activitiesByStatus().getOrDefault(status.name(), 0);
				segments.add(new BarChart.Segment(label.apply(status.name()), count, COLOURS.get(status.name())));
				row.add(count);
			}
			bars.add(new BarChart.Bar(district.districtName(), segments));
			rows.add(row);
		}
		return new Document.Chart(BarChart.svg(title, bars), new Table(title, columns, rows));
	}
}
