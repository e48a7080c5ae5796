/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.core.internal.frameworks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import dev.upskill.core.frameworks.ContributionProblem;
import dev.upskill.core.frameworks.FrameworkRegistry;
import dev.upskill.core.frameworks.FrameworkUris;
import dev.upskill.core.frameworks.RegisteredFramework;
import dev.upskill.model.LearningResource;
import dev.upskill.model.Role;
import dev.upskill.model.Skill;
import dev.upskill.model.resource.UpskillResourceFactory;

/**
 * The {@link FrameworkRegistry} service: frameworks from the extension registry, loaded on first
 * use and again after contributing bundles come or go.
 */
@Component(service = FrameworkRegistry.class)
public class ExtensionFrameworkRegistry implements FrameworkRegistry, IRegistryEventListener {

	@Reference
	private IExtensionRegistry extensionRegistry;

	/** A snapshot with the generation of the contributions it was loaded from. */
	private record Loaded(long generation, Snapshot snapshot) {
	}

	/** Counts the changes of the contributions: a snapshot loaded before the latest one is stale. */
	private final AtomicLong generation = new AtomicLong();
	private volatile Loaded loaded;
	private volatile Runnable afterLoad;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Activate
	void activate() {
		extensionRegistry.addListener(this, EXTENSION_POINT);
	}

	@Deactivate
	void deactivate() {
		extensionRegistry.removeListener(this);
		generation.incrementAndGet();
		loaded = null;
	}

	/**
	 * The current snapshot, loaded on first use and after each change. A load that a change overtakes
	 * (a bundle came or went while it ran) is never served: its generation is older than the
	 * registry's, so it is loaded again.
	 */
	private Snapshot snapshot() {
		Loaded current = loaded;
		if (current != null && current.generation() == generation.get()) {
			return current.snapshot();
		}
		synchronized (this) {
			while (true) {
				current = loaded;
				long now = generation.get();
				if (current != null && current.generation() == now) {
					return current.snapshot();
				}
				Snapshot fresh = new FrameworkLoader(extensionRegistry).load();
				Runnable hook = afterLoad;
				if (hook != null) {
					hook.run();
				}
				loaded = new Loaded(now, fresh);
				if (generation.get() == now) {
					return fresh;
				}
			}
		}
	}

	/** For tests: runs after each load, before the snapshot is stored; null for none. */
	public void afterLoadForTests(Runnable hook) {
		afterLoad = hook;
	}

	@Override
	public List<RegisteredFramework> getFrameworks() {
		return snapshot().frameworks;
	}

	@Override
	public Optional<RegisteredFramework> getFramework(String frameworkId) {
		return Optional.ofNullable(snapshot().byId.get(frameworkId));
	}

	@Override
	public Optional<Skill> findSkill(String frameworkId, String skillId) {
		return find(frameworkId, skillId, Skill.class);
	}

	@Override
	public Optional<Role> findRole(String frameworkId, String roleId) {
		return find(frameworkId, roleId, Role.class);
	}

	@Override
	public Optional<LearningResource> findResource(String frameworkId, String resourceId) {
		return find(frameworkId, resourceId, LearningResource.class);
	}

	private <T> Optional<T> find(String frameworkId, String elementId, Class<T> type) {
		EObject element = snapshot().element(frameworkId, elementId);
		return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
	}

	@Override
	public Optional<EObject> resolve(URI uri) {
		String frameworkId = FrameworkUris.frameworkId(uri == null ? null : uri.trimFragment());
		if (frameworkId == null || uri.fragment() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(snapshot().element(frameworkId, uri.fragment()));
	}

	@Override
	public List<Role> getAllRoles() {
		return snapshot().roles;
	}

	@Override
	public Optional<String> getContributor(EObject element) {
		return Optional.ofNullable(snapshot().contributor(element));
	}

	@Override
	public List<ContributionProblem> getProblems() {
		return snapshot().problems;
	}

	@Override
	public void configure(ResourceSet resourceSet) {
		UpskillResourceFactory.configure(resourceSet, new ContributedFrameworkURIHandler(this::snapshot));
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		generation.incrementAndGet();
		for (Runnable listener : listeners) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					listener.run();
				}

				@Override
				public void handleException(Throwable exception) {
					ILog.of(ExtensionFrameworkRegistry.class).error("A framework registry listener failed", exception);
				}
			});
		}
	}

	@Override
	public void added(IExtension[] extensions) {
		changed();
	}

	@Override
	public void removed(IExtension[] extensions) {
		changed();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}
}
