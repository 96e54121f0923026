using System;
using System.Collections.Generic;
using System.Linq;

namespace Contoso.Inventory
{
    /// <summary>Tracks stock levels per warehouse and raises an event when an item runs low.</summary>
    public sealed class StockTracker
    {
        private readonly Dictionary<(string Sku, int WarehouseId), int> _levels = new();
        private readonly int _lowStockThreshold;

        public event EventHandler<LowStockEventArgs>? LowStock;

        public StockTracker(int lowStockThreshold = 10)
        {
            if (lowStockThreshold < 0) throw new ArgumentOutOfRangeException(nameof(lowStockThreshold));
            _lowStockThreshold = lowStockThreshold;
        }

        public int GetLevel(string sku, int warehouseId) =>
            _levels.TryGetValue((sku, warehouseId), out var level) ? level : 0;

        public void Adjust(string sku, int warehouseId, int delta)
        {
            var key = (sku, warehouseId);
            _levels.TryGetValue(key, out var current);
            var updated = checked(current + delta);
            if (updated < 0)
                throw new InvalidOperationException($"Stock for {sku} in warehouse {warehouseId} cannot go below zero (was {current}, delta {delta}).");
            _levels[key] = updated;
            if (current >= _lowStockThreshold && updated < _lowStockThreshold)
                LowStock?.Invoke(this, new LowStockEventArgs(sku, warehouseId, updated));
        }

        public IReadOnlyList<string> SkusBelow(int threshold) =>
            _levels.Where(kv => kv.Value < threshold).Select(kv => kv.Key.Sku).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    public sealed record LowStockEventArgs(string Sku, int WarehouseId, int Level);
}
