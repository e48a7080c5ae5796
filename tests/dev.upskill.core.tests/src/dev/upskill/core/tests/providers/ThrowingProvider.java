/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.tests.providers;

import java.util.List;

import dev.upskill.core.frameworks.FrameworkProvider;
import dev.upskill.model.Framework;

/** A provider whose data source is down. */
public class ThrowingProvider implements FrameworkProvider {

	@Override
	public List<Framework> provideFrameworks() throws Exception {
		throw new IllegalStateException("HR service at hr.example.com answered 503");
	}
}
