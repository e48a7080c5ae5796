/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.frameworks;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.upskill.model.provider.UpskillItemProviderAdapterFactory;

/**
 * Adapts model elements to read-only {@link IPropertySource}s (registered for {@link EObject} in
 * plugin.xml), so the Properties view shows what is selected in views that have no property sheet
 * of their own: the Frameworks view. The model editors give the Properties view their own, editable
 * page, so this factory is not asked for their elements.
 */
public final class FrameworkPropertiesAdapterFactory implements IAdapterFactory {

	private final ComposedAdapterFactory itemProviders = new ComposedAdapterFactory(
			new AdapterFactory[] { new UpskillItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptableObject instanceof EObject element) || element.eIsProxy()) {
			return null;
		}
		Object source = itemProviders.adapt(element, IItemPropertySource.class);
		return source instanceof IItemPropertySource items ? adapterType.cast(new ReadOnlyProperties(element, items)) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
