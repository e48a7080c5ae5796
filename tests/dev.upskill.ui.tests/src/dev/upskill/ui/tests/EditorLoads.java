/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.tests;

import java.time.Duration;

import dev.upskill.ui.internal.editors.ModelEditor;

/**
 * Waits for a model editor to have read its file: editors read it in a Job and show "Loading..."
 * meanwhile; its pages (or its error page) are shown when this returns.
 */
final class EditorLoads {

	private EditorLoads() {
	}

	static void await(ModelEditor editor) throws InterruptedException {
		Ui.waitFor(() -> !editor.isLoading(), "the editor to read " + editor.getPartName(), Duration.ofSeconds(60));
		Ui.processEvents();
	}
}
