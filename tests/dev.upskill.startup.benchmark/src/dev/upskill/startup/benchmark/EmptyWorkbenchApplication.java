/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.startup.benchmark;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The second baseline of the start-up benchmark ({@code releng/scripts/bench-startup.sh}): the
 * smallest application of the Eclipse workbench, as PDE's "Hello RCP" template makes it. One
 * workbench window titled "Empty workbench window" with an empty perspective (its editor area
 * only), no views, no menus of its own, started on the product's launcher, bundles and theme.
 */
public class EmptyWorkbenchApplication implements IApplication {

	static final String PERSPECTIVE = "dev.upskill.startup.benchmark.empty"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}

	private static final class Advisor extends WorkbenchAdvisor {
		@Override
		public void initialize(IWorkbenchConfigurer configurer) {
			configurer.setSaveAndRestore(false);
		}

		@Override
		public String getInitialWindowPerspectiveId() {
			return PERSPECTIVE;
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void preWindowOpen() {
					IWorkbenchWindowConfigurer window = getWindowConfigurer();
					window.setInitialSize(new Point(1024, 768));
					window.setShowCoolBar(false);
					window.setShowStatusLine(false);
					window.setTitle("Empty workbench window"); //$NON-NLS-1$
				}
			};
		}
	}

	/** The initial perspective: nothing but the editor area. */
	public static final class EmptyPerspective implements IPerspectiveFactory {
		@Override
		public void createInitialLayout(IPageLayout layout) {
			// empty on purpose
		}
	}
}
