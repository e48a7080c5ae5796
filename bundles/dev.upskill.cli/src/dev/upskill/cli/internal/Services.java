/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.cli.internal;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.upskill.core.frameworks.FrameworkRegistry;

/** The OSGi services the commands use, looked up from the running framework. */
final class Services {

	private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(10);

	private Services() {
	}

	/** The framework registry, or empty when not running inside OSGi (plain unit tests). */
	static Optional<FrameworkRegistry> frameworkRegistry() {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceTracker<FrameworkRegistry, FrameworkRegistry> tracker = new ServiceTracker<>(context, FrameworkRegistry.class, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} finally {
			tracker.close();
		}
	}
}
