package io.eddy.catalog.memory;

import io.eddy.catalog.Catalog;
import io.eddy.catalog.CatalogContractTest;

class InMemoryCatalogTest extends CatalogContractTest {

  @Override
  protected Catalog createCatalog() {
    return new InMemoryCatalog("cat");
  }
}
