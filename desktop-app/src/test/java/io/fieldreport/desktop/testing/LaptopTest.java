package io.fieldreport.desktop.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A view model test's world: the class's mock web, and Ana's laptop with a new inspection for each test. */
public abstract class LaptopTest extends WebTest {

    protected Profiles laptop;

    @BeforeEach
    void openLaptop() {
        laptop = new Profiles(web, dir.resolve("ana"), web.ana(), web.newInspection());
    }

    @AfterEach
    void closeLaptop() {
        laptop.close();
    }
}
