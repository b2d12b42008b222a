package io.eddy.engine;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogFactories;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.file.FileCatalog;
import io.eddy.catalog.memory.InMemoryCatalog;
import java.nio.file.Path;

/**
 * Builds the engine's {@link CatalogManager}. With a catalog directory, {@code default_catalog}
 * is a {@link FileCatalog} in it instead of the in-memory catalog the manager starts with.
 *
 * <p>The manager offers no constructor taking the default catalog, so the swap goes through its
 * public API: a placeholder catalog becomes current while the in-memory one is replaced.
 */
final class CatalogSetup {

    private static final String PLACEHOLDER = "eddy_startup_placeholder";

    private CatalogSetup() {
    }

    static CatalogManager create(EngineProperties properties) {
        CatalogManager manager = CatalogManager.discover();
        properties.catalogDirectory().ifPresent(directory -> useFileCatalog(manager, directory));
        return manager;
    }

    private static void useFileCatalog(CatalogManager manager, Path directory) {
        String defaultDatabase = CatalogFactories.DEFAULT_DATABASE.defaultValue().orElseThrow();
        Catalog persistent = new FileCatalog(CatalogManager.DEFAULT_CATALOG, directory, defaultDatabase);
        manager.registerCatalog(new InMemoryCatalog(PLACEHOLDER), false);
        manager.useCatalog(PLACEHOLDER);
        manager.dropCatalog(CatalogManager.DEFAULT_CATALOG, false);
        manager.registerCatalog(persistent, false);
        manager.useCatalog(CatalogManager.DEFAULT_CATALOG);
        manager.dropCatalog(PLACEHOLDER, false);
    }
}
