package io.eddy.engine;

import io.eddy.catalog.CatalogFunction;
import io.eddy.catalog.CatalogManager;
import io.eddy.catalog.ObjectIdentifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the engine adds to the catalog manager's functions: temporary system functions (one name
 * space, usable from any catalog) and the names of the temporary catalog functions the manager
 * holds, so {@code SHOW USER FUNCTIONS} can list them. Names are case-insensitive, as in Flink.
 * Guarded by the engine's statement lock.
 */
public final class FunctionRegistry {

    private final Map<String, CatalogFunction> systemFunctions = new TreeMap<>();
    private final Set<ObjectIdentifier> temporaryFunctions = new TreeSet<>(
            (a, b) -> a.asSerializableString().compareTo(b.asSerializableString()));

    /** The temporary system function {@code name}, if any. */
    public Optional<CatalogFunction> systemFunction(String name) {
        return Optional.ofNullable(systemFunctions.get(normalize(name)));
    }

    public void putSystemFunction(String name, CatalogFunction function) {
        systemFunctions.put(normalize(name), function);
    }

    /** Removes a temporary system function; returns whether it existed. */
    public boolean removeSystemFunction(String name) {
        return systemFunctions.remove(normalize(name)) != null;
    }

    /** Temporary system function names, sorted. */
    public List<String> systemFunctionNames() {
        return List.copyOf(systemFunctions.keySet());
    }

    /** Records that the manager holds the temporary function {@code id}. */
    public void temporaryFunctionCreated(ObjectIdentifier id) {
        temporaryFunctions.add(key(id));
    }

    /** Records that the manager no longer holds the temporary function {@code id}. */
    public void temporaryFunctionDropped(ObjectIdentifier id) {
        temporaryFunctions.remove(key(id));
    }

    /** Names of the temporary functions of one database that the manager still holds, sorted. */
    public List<String> temporaryFunctionNames(CatalogManager catalogs, String catalog, String database) {
        return temporaryFunctions.stream()
                .filter(id -> id.catalogName().equals(catalog) && id.databaseName().equals(database))
                .filter(id -> catalogs.lookupFunction(id).filter(CatalogFunction::temporary).isPresent())
                .map(ObjectIdentifier::objectName).toList();
    }

    private static ObjectIdentifier key(ObjectIdentifier id) {
        return new ObjectIdentifier(id.catalogName(), id.databaseName(), normalize(id.objectName()));
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
