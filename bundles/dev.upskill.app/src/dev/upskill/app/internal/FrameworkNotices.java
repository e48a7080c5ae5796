/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.Framework;

/**
 * What the About dialog says of an installed framework: its origin (title, version, publisher,
 * source, licence, as the framework file gives them) and, for the public classifications whose
 * licences require a notice (ESCO, O*NET), that notice.
 */
public final class FrameworkNotices {

	/** The European Commission's requirement for services that use ESCO. */
	public static final String ESCO = "This service uses the ESCO classification of the European Commission.";
	/** The U.S. Department of Labor's attribution for O*NET content under CC BY 4.0. */
	public static final String ONET = "This product includes information from O*NET OnLine by the U.S. Department of Labor, Employment and"
			+ " Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET\u00ae is a trademark of USDOL/ETA.";

	private FrameworkNotices() {
	}

	/** One paragraph for the framework: where it comes from and under which licence, then the notice it requires, if any. */
	static String of(RegisteredFramework registered) {
		Framework framework = registered.framework();
		List<String> parts = new ArrayList<>();
		StringBuilder origin = new StringBuilder(registered.name());
		if (framework.getVersion() != null && !framework.getVersion().isBlank()) {
			origin.append(' ').append(framework.getVersion());
		}
		if (framework.getPublisher() != null && !framework.getPublisher().isBlank()) {
			origin.append(", by ").append(framework.getPublisher());
		}
		parts.add(origin + ".");
		if (framework.getSourceUri() != null && !framework.getSourceUri().isBlank()) {
			parts.add("Source: " + framework.getSourceUri() + ".");
		}
		parts.add(licence(framework) == null ? "Licence: not stated by the framework." : "Licence: " + licence(framework) + ".");
		String notice = notice(framework);
		if (notice != null) {
			parts.add(notice);
		}
		parts.add("Installed by " + registered.contributor() + ".");
		return String.join(" ", parts);
	}

	static String licence(Framework framework) {
		return framework.getLicence() == null || framework.getLicence().isBlank() ? null : framework.getLicence().strip();
	}

	/** The notice the framework's licence requires, recognised by its id, source or publisher; null for others. */
	public static String notice(Framework framework) {
		String said = String.join(" ", text(framework.getId()), text(framework.getSourceUri()), text(framework.getPublisher()),
				text(framework.getName())).toLowerCase(Locale.ROOT);
		if (said.contains("esco")) {
			return ESCO;
		}
		if (said.contains("onet") || said.contains("o*net")) {
			return ONET;
		}
		return null;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
