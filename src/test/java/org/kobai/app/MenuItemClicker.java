package org.kobai.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chooses a menu item by its id as a user does: opens its menu in the menu bar, opens any submenus on the
 * way, and clicks the item.
 */
final class MenuItemClicker {
    private MenuItemClicker() {}

    static void click(FxRobot robot, String itemQuery, KobaiApp app) {
        String id = itemQuery.substring(1);
        List<String> path = UiFixture.fx(() -> {
            MenuBar bar = (MenuBar) app.window().getTop();
            for (Menu m : bar.getMenus()) {
                List<String> found = find(m, id);
                if (found != null) {
                    return found;
                }
            }
            throw new AssertionError("no menu item " + itemQuery);
        });
        String top = path.get(0);
        robot.clickOn(robot.lookup(".menu-bar .menu").match(n -> n instanceof Labeled l && onScreen(n)
                && top.equals(UiFixture.fx(l::getText))).queryAs(Node.class));
        for (String submenu : path.subList(1, path.size())) {
            // Hovering opens a submenu (a click would close it again); then go straight right into it, so
            // the pointer never crosses the rows below, which would close it.
            Node row = robot.lookup(".context-menu .menu").match(n -> {
                Node label = n.lookup(".label");
                return label instanceof Label l && onScreen(n) && submenu.equals(UiFixture.fx(l::getText));
            }).queryAs(Node.class);
            robot.moveTo(row);
            UiFixture.waitUntil("the submenu " + submenu + " opens", () -> UiFixture.fx(() ->
                    robot.lookup(".context-menu").queryAll().stream().filter(MenuItemClicker::onScreen).count())
                    > path.indexOf(submenu));
            robot.moveBy(UiFixture.fx(() -> row.getBoundsInLocal().getWidth()) / 2 + 12, 0);
        }
        // A submenu may rebuild its rows once more while it opens: take the row that is there when clicking.
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node item = robot.lookup(itemQuery).match(MenuItemClicker::onScreen).queryAs(Node.class);
            try {
                robot.clickOn(item);
                return;
            } catch (RuntimeException detached) {
                if (attempt == 3 || onScreen(item)) {
                    throw detached;
                }
            }
        }
    }

    /** Menus of a replaced menu bar can linger in hidden popups: only nodes in a showing window count. */
    private static boolean onScreen(Node n) {
        return UiFixture.fx(() -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible());
    }

    /** The texts of the menus from {@code menu} down to the one holding the item, or null. */
    private static List<String> find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return new ArrayList<>(List.of(menu.getText()));
            }
            if (item instanceof Menu sub) {
                List<String> below = find(sub, id);
                if (below != null) {
                    below.add(0, menu.getText());
                    return below;
                }
            }
        }
        return null;
    }
}
