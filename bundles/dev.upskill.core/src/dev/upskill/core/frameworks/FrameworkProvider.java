/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.frameworks;

import java.util.List;

import dev.upskill.model.Framework;

/**
 * Builds competency frameworks from an organization's own data (an HR export, a CSV file, a
 * service). Contributed with a {@code provider} element of the extension point
 * {@code dev.upskill.core.frameworks}.
 * <p>
 * Called once per registry load, off the UI thread, through {@code SafeRunner}: an exception
 * leaves this provider's frameworks out and is reported with the contributing bundle's name.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FrameworkProvider {

	/**
	 * The frameworks this provider contributes: complete models built with
	 * {@code UpskillFactory}, each with a unique id, every named element with an id.
	 *
	 * @throws Exception when the data cannot be read; the message should say which data and why
	 */
	List<Framework> provideFrameworks() throws Exception;
}
