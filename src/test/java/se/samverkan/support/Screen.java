package se.samverkan.support;

import com.microsoft.playwright.Browser.NewContextOptions;

/**
 * Screens the pages must work on (WCAG 2.1, 1.4.10 Reflow): 320 CSS pixels is both a small phone
 * and a 1280 pixel wide desktop zoomed to 400 %, which the browser lays out as 320 x 200 CSS pixels
 * drawn with four device pixels to each.
 */
public enum Screen {

	PHONE_320("320 x 800", 320, 800, 1, false),
	DESKTOP_1280_AT_400_PERCENT("1280 x 800 at 400 %", 320, 200, 4, false),
	/** A common phone held upright, touch and all. */
	PHONE_390("390 x 844 phone", 390, 844, 3, true);

	private final String label;

	private final int width;

	private final int height;

	private final double scale;

	private final boolean mobile;

	Screen(String label, int width, int height, double scale, boolean mobile) {
		this.label = label;
		this.width = width;
		this.height = height;
		this.scale = scale;
		this.mobile = mobile;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public NewContextOptions options() {
		return new NewContextOptions().setViewportSize(width, height)
			.setDeviceScaleFactor(scale)
			.setIsMobile(mobile)
			.setHasTouch(mobile);
	}

	@Override
	public String toString() {
		return label;
	}
}
