//! Map geometry: the projection, framing the trip, panning and zooming, great-circle arcs.
//!
//! **World units.** [`project`] maps longitude/latitude (degrees, WGS84) to a plane where
//! x is the longitude in degrees and y is the Web-Mercator ordinate expressed in degrees
//! (so the equator is y = 0 and a degree of longitude is one unit), with y growing
//! *southwards* like SVG. Latitudes are clamped to ±85°.
//!
//! **Screen units** are the map's SVG user units (CSS pixels of the map box). A [`Frame`]
//! maps world to screen: `screen = (world - centre) * scale + size / 2`.
//!
//! **Antimeridian.** The basemap is drawn three times, shifted by ±360 units, and every
//! point is "unwrapped" to the copy nearest the frame's centre ([`unwrap_lon`]), so a trip
//! from Tokyo to Honolulu is framed across the Pacific, not across the whole world.

use geo::{Haversine, InterpolatePoint, Point};

/// The latitude limit of the projection, in degrees.
pub const MAX_LAT: f64 = 85.0;

/// Projects longitude/latitude in degrees to world units (see the module docs).
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let phi = lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    // atanh(sin φ) = ln(tan(π/4 + φ/2)), exactly 0 on the equator.
    let y = phi.sin().atanh().to_degrees();
    (lon, -y)
}

/// The latitude in degrees of world ordinate `y` (the inverse of [`project`]'s y).
pub fn unproject_y(y: f64) -> f64 {
    (2.0 * (-y).to_radians().exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees()
}

/// `lon` moved by whole turns to lie within 180° of `around` (both in degrees).
pub fn unwrap_lon(lon: f64, around: f64) -> f64 {
    let mut d = (lon - around) % 360.0;
    if d > 180.0 {
        d -= 360.0;
    } else if d <= -180.0 {
        d += 360.0;
    }
    around + d
}

/// The circular mean of longitudes in degrees (0 for none): the centre that keeps points
/// on both sides of the antimeridian together.
pub fn mean_lon(lons: &[f64]) -> f64 {
    let (s, c) = lons.iter().fold((0.0, 0.0), |(s, c), l| {
        (s + l.to_radians().sin(), c + l.to_radians().cos())
    });
    if s == 0.0 && c == 0.0 {
        0.0
    } else {
        s.atan2(c).to_degrees()
    }
}

/// How world units map to the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// World x at the centre of the screen.
    pub cx: f64,
    /// World y at the centre of the screen.
    pub cy: f64,
    /// Screen units per world unit.
    pub scale: f64,
    /// Screen width.
    pub width: f64,
    /// Screen height.
    pub height: f64,
}

impl Frame {
    /// The whole world in a `width` × `height` box.
    pub fn world(width: f64, height: f64) -> Frame {
        let (_, top) = project(0.0, 80.0);
        let (_, bottom) = project(0.0, -60.0);
        let scale = (width / 360.0).min(height / (bottom - top));
        Frame {
            cx: 0.0,
            cy: (top + bottom) / 2.0,
            scale,
            width,
            height,
        }
    }

    /// Frames points given as (lon, lat) in degrees with a `margin` (a fraction of the box
    /// on every side), never closer than `min_span` degrees of longitude across, never wider
    /// than the world.
    pub fn fit(
        points: &[(f64, f64)],
        width: f64,
        height: f64,
        margin: f64,
        min_span: f64,
    ) -> Frame {
        if points.is_empty() || width <= 0.0 || height <= 0.0 {
            return Frame::world(width.max(1.0), height.max(1.0));
        }
        let centre = mean_lon(&points.iter().map(|p| p.0).collect::<Vec<_>>());
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(lon, lat) in points {
            let (x, y) = project(unwrap_lon(lon, centre), lat);
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        let (w, h) = (
            (x1 - x0).max(min_span),
            (y1 - y0).max(min_span * height / width),
        );
        let inner = 1.0 - 2.0 * margin.clamp(0.0, 0.45);
        let world = Frame::world(width, height);
        let scale = (width * inner / w).min(height * inner / h).max(world.scale);
        Frame {
            cx: (x0 + x1) / 2.0,
            cy: (y0 + y1) / 2.0,
            scale,
            width,
            height,
        }
    }

    /// World point to screen.
    pub fn to_screen(&self, x: f64, y: f64) -> (f64, f64) {
        (
            (x - self.cx) * self.scale + self.width / 2.0,
            (y - self.cy) * self.scale + self.height / 2.0,
        )
    }

    /// Screen point to world.
    pub fn to_world(&self, sx: f64, sy: f64) -> (f64, f64) {
        (
            (sx - self.width / 2.0) / self.scale + self.cx,
            (sy - self.height / 2.0) / self.scale + self.cy,
        )
    }

    /// A longitude/latitude in degrees on screen, on the world copy nearest the centre.
    pub fn place(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = project(unwrap_lon(lon, self.cx), lat);
        self.to_screen(x, y)
    }

    /// The SVG `transform` that draws world units on this frame.
    pub fn transform(&self) -> String {
        let (tx, ty) = self.to_screen(0.0, 0.0);
        format!(
            "matrix({:.4} 0 0 {:.4} {:.2} {:.2})",
            self.scale, self.scale, tx, ty
        )
    }

    /// Moved by a screen distance (dragging the map by `dx`, `dy` moves it with the pointer).
    pub fn pan(&self, dx: f64, dy: f64) -> Frame {
        let mut f = *self;
        f.cx -= dx / self.scale;
        f.cy -= dy / self.scale;
        // Keep the centre on the middle world copy, and the latitude within the projection.
        f.cx = unwrap_lon(f.cx, 0.0);
        let (_, top) = project(0.0, MAX_LAT);
        f.cy = f.cy.clamp(top, -top);
        f
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping the screen point (`sx`, `sy`) still;
    /// the scale stays between the whole world and about a city.
    pub fn zoom_at(&self, factor: f64, sx: f64, sy: f64) -> Frame {
        let min = Frame::world(self.width, self.height).scale;
        let scale = (self.scale * factor).clamp(min, min * 400.0);
        let (wx, wy) = self.to_world(sx, sy);
        let mut f = *self;
        f.scale = scale;
        f.cx = wx - (sx - self.width / 2.0) / scale;
        f.cy = wy - (sy - self.height / 2.0) / scale;
        f
    }

    /// The same world centre and zoom in a box of another size.
    pub fn resized(&self, width: f64, height: f64) -> Frame {
        Frame {
            width,
            height,
            ..*self
        }
    }
}

/// The great-circle arc from `a` to `b` (lon, lat in degrees) as world points, every
/// ~100 km, with longitudes continuous (an arc over the antimeridian goes past ±180
/// instead of jumping) starting from `a` unwrapped around `around`.
pub fn great_circle(a: (f64, f64), b: (f64, f64), around: f64) -> Vec<(f64, f64)> {
    let (pa, pb) = (Point::new(a.0, a.1), Point::new(b.0, b.1));
    let mut out = Vec::new();
    let mut prev = unwrap_lon(a.0, around);
    out.push(project(prev, a.1));
    for p in Haversine
        .points_along_line(pa, pb, 100_000.0, false)
        .chain(std::iter::once(pb))
    {
        let lon = unwrap_lon(p.x(), prev);
        prev = lon;
        out.push(project(lon, p.y()));
    }
    out
}

/// Bends a screen polyline to the left of its direction of travel: each point moves away
/// from the chord by up to `amount` × the chord's length (most in the middle, none at the
/// ends). An outward and a return leg between the same places then draw as two separate
/// curves instead of one line.
pub fn bend(points: &mut [(f64, f64)], amount: f64) {
    let (Some(&a), Some(&b)) = (points.first(), points.last()) else {
        return;
    };
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-9 || points.len() < 3 {
        return;
    }
    // Left of travel on a screen whose y grows downwards.
    let (nx, ny) = (dy / len, -dx / len);
    let last = (points.len() - 1) as f64;
    for (i, p) in points.iter_mut().enumerate() {
        let k = amount * len * (std::f64::consts::PI * i as f64 / last).sin();
        p.0 += nx * k;
        p.1 += ny * k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn equator_and_greenwich_are_the_origin() {
        assert_eq!(project(0.0, 0.0), (0.0, 0.0));
    }

    #[test]
    fn north_is_up() {
        assert!(project(0.0, 60.0).1 < project(0.0, 10.0).1);
    }

    #[test]
    fn unproject_inverts_project() {
        for lat in [-80.0, -33.3, 0.0, 43.6, 84.0] {
            assert!(close(unproject_y(project(0.0, lat).1), lat), "{lat}");
        }
    }

    #[test]
    fn poles_are_clamped() {
        assert_eq!(project(0.0, 90.0), project(0.0, MAX_LAT));
    }

    #[test]
    fn unwrap_lon_picks_the_nearest_copy() {
        assert!(close(unwrap_lon(-170.0, 170.0), 190.0));
        assert!(close(unwrap_lon(170.0, -170.0), -190.0));
        assert!(close(unwrap_lon(30.0, 0.0), 30.0));
    }

    #[test]
    fn mean_lon_across_the_antimeridian() {
        assert!((mean_lon(&[170.0, -170.0]).abs() - 180.0).abs() < 1e-9);
        assert!(close(mean_lon(&[10.0, 30.0]), 20.0));
    }

    #[test]
    fn fit_puts_every_point_inside_the_box_with_margin() {
        let pts = [(39.73, 43.6), (30.7, 36.9), (-77.04, 38.9)];
        let f = Frame::fit(&pts, 800.0, 500.0, 0.1, 5.0);
        for (lon, lat) in pts {
            let (x, y) = f.place(lon, lat);
            assert!(
                (79.0..=721.0).contains(&x) && (49.0..=451.0).contains(&y),
                "{x},{y}"
            );
        }
    }

    #[test]
    fn fit_across_the_pacific_stays_narrow() {
        // Tokyo and Honolulu: framed over the Pacific, not over Europe.
        let f = Frame::fit(&[(139.7, 35.7), (-157.8, 21.3)], 800.0, 500.0, 0.1, 5.0);
        assert!(
            f.scale > Frame::world(800.0, 500.0).scale * 1.5,
            "{}",
            f.scale
        );
        assert!(f.cx > 150.0 && f.cx < 200.0, "{}", f.cx);
    }

    #[test]
    fn one_point_is_not_zoomed_to_the_street() {
        let f = Frame::fit(&[(39.73, 43.6)], 800.0, 500.0, 0.1, 5.0);
        assert!(f.scale <= 800.0 / 5.0);
    }

    #[test]
    fn no_points_frame_the_world() {
        assert_eq!(
            Frame::fit(&[], 800.0, 500.0, 0.1, 5.0),
            Frame::world(800.0, 500.0)
        );
    }

    #[test]
    fn zoom_keeps_the_pointer_still() {
        let f = Frame::world(800.0, 500.0);
        let (wx, wy) = f.to_world(300.0, 200.0);
        let g = f.zoom_at(2.0, 300.0, 200.0);
        let (sx, sy) = g.to_screen(wx, wy);
        assert!(close(sx, 300.0) && close(sy, 200.0));
    }

    #[test]
    fn pan_moves_with_the_pointer() {
        let f = Frame::fit(&[(30.0, 40.0)], 800.0, 500.0, 0.1, 5.0);
        let g = f.pan(10.0, 0.0);
        assert!(close(g.place(30.0, 40.0).0 - f.place(30.0, 40.0).0, 10.0));
    }

    #[test]
    fn great_circle_over_the_antimeridian_is_continuous() {
        let arc = great_circle((139.7, 35.7), (-157.8, 21.3), 139.7);
        assert!(arc.windows(2).all(|w| (w[1].0 - w[0].0).abs() < 5.0));
        assert!(close(arc.last().map_or(0.0, |p| p.0), 360.0 - 157.8));
    }

    #[test]
    fn out_and_back_legs_bend_apart() {
        let line = |a: (f64, f64), b: (f64, f64)| -> Vec<(f64, f64)> {
            (0..=10)
                .map(|i| {
                    (
                        a.0 + (b.0 - a.0) * i as f64 / 10.0,
                        a.1 + (b.1 - a.1) * i as f64 / 10.0,
                    )
                })
                .collect()
        };
        let (mut out, mut back) = (
            line((0.0, 0.0), (100.0, 0.0)),
            line((100.0, 0.0), (0.0, 0.0)),
        );
        bend(&mut out, 0.1);
        bend(&mut back, 0.1);
        // Eastwards the left is up (smaller y), westwards it is down; the ends stay put.
        assert!(
            close(out[5].1, -10.0) && close(back[5].1, 10.0),
            "{:?} {:?}",
            out[5],
            back[5]
        );
        assert!(close(out[0].1, 0.0) && close(out[10].0, 100.0) && out[10].1.abs() < 1e-9);
    }

    #[test]
    fn great_circle_bends_towards_the_pole() {
        // Sochi to Washington: the arc passes north of both ends.
        let arc = great_circle((39.73, 43.6), (-77.04, 38.9), 0.0);
        let north = arc.iter().map(|p| p.1).fold(f64::MAX, f64::min);
        assert!(north < project(0.0, 55.0).1);
    }
}
