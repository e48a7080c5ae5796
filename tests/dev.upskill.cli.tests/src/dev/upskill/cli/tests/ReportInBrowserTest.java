/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.upskill.cli.internal.CommandLine;

/**
 * The report in a real browser: headless Chromium, with the network off, loads the file, takes a
 * screenshot and prints it to PDF. Skipped, saying so, where Chromium is not installed (Debian:
 * {@code apt-get install chromium}).
 */
class ReportInBrowserTest {

	@TempDir
	Path folder;

	private Path chromium;
	private Path report;

	@BeforeEach
	void setUp() throws IOException {
		Optional<Path> found = chromium();
		assumeTrue(found.isPresent(), "Chromium is not installed (chromium or chromium-browser on the PATH; Debian package chromium):"
				+ " the report is not tried in a browser");
		chromium = found.get();
		report = folder.resolve("dana.html");
		CliRun cli = new CliRun();
		assertEquals(CommandLine.OK, cli.run("report", "--profile", ReportCommandTest.sample("dana.profile"), "--plan",
				ReportCommandTest.sample("dana-ai-analyst.plan"), "-o", report.toString()), cli.err());
	}

	static Optional<Path> chromium() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String name : List.of("chromium", "chromium-browser")) {
			for (String dir : path.split(File.pathSeparator)) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Runs headless Chromium on the report, with every host unresolvable and every request sent to a closed port. */
	private void browse(String... what) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
				"--hide-scrollbars", "--no-first-run", "--disable-extensions", "--proxy-server=127.0.0.1:9",
				"--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + folder.resolve("profile")));
		command.addAll(List.of(what));
		command.add(report.toUri().toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile())
				.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Chromium did not finish within two minutes: " + Files.readString(folder.resolve("chromium.log")));
		}
	}

	@Test
	void chromiumShowsTheReport() throws Exception {
		Path png = folder.resolve("report.png");
		browse("--window-size=1100,1400", "--screenshot=" + png);
		assertTrue(Files.isRegularFile(png), "no screenshot: " + Files.readString(folder.resolve("chromium.log")));
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(1100, image.getWidth());
		// The cover is the style sheet's dark blue: the inline CSS applies.
		assertEquals(0x1f3a5f, image.getRGB(20, 20) & 0xffffff, "the cover's background");
		// The page is drawn: text, charts and bars give it many colours, the charts' red among them.
		Set<Integer> colours = new HashSet<>();
		boolean red = false;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				red |= rgb == 0xc83c3c;
			}
		}
		assertTrue(colours.size() > 200, colours.size() + " colours");
		assertTrue(red, "the red of the required outline and essential gaps is drawn");
	}

	@Test
	void itPrintsASectionAPage() throws Exception {
		Path pdf = folder.resolve("report.pdf");
		browse("--no-pdf-header-footer", "--print-to-pdf=" + pdf);
		assertTrue(Files.isRegularFile(pdf), "no PDF: " + Files.readString(folder.resolve("chromium.log")));
		String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
		int count = 0;
		while (pages.find()) {
			count++;
		}
		// The fit, the gaps, the plan and the evidence each start a page (the gap table may take two).
		assertTrue(count >= 4 && count <= 7, count + " pages");
	}
}
