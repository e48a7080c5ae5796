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
import dev.upskill.io.FormatRegistry;

/** The OSGi services the commands use, looked up from the running framework. */
final class Services {

	private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(10);

	private Services() {
	}

	/** The framework registry, or empty when not running inside OSGi (plain unit tests). */
	static Optional<FrameworkRegistry> frameworkRegistry() {
		return service(FrameworkRegistry.class);
	}

	/** The import and export formats, or empty when not running inside OSGi. */
	static Optional<FormatRegistry> formatRegistry() {
		return service(FormatRegistry.class);
	}

	private static <S> Optional<S> service(Class<S> type) {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
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
